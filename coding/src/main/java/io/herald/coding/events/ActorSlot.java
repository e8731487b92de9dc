package io.herald.coding.events;

/**
 * Where a PETRARCH verb pattern's actor marker puts its actor in the matched sentence: {@code $}
 * the source, {@code +} the target. "{@code + WAS * DEAD IN $}" names the target right before "was"
 * and the source after "in", whatever the subject of the verb.
 *
 * @param source whether the marker is {@code $} (else {@code +})
 * @param afterVerb whether the marker follows the verb in the pattern
 * @param anchor the token index the actor is found from: after the verb, the last word of the
 *     pattern element before the marker (or the verb), the actor being the first after it; before
 *     the verb, the first word of the element after the marker (or the verb), the actor being the
 *     last before it
 * @param floor before the verb, the last word of the element before the marker (-1 when none): the
 *     actor lies after it
 * @param skips phrases skipped by {@code ^} markers between the anchor and this marker
 */
public record ActorSlot(boolean source, boolean afterVerb, int anchor, int floor, int skips) {}
