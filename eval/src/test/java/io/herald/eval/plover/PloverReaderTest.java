package io.herald.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PloverReaderTest {
  @Test
  void reads_records_and_skips_documentation() {
    String json =
        """
        [
         {"id": "D-1", "event": "DOCUMENT", "text": "notes"},
         {"id": "A-1", "date": "2000-01-01", "event": "AGREE", "mode": "",
          "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
                     {"actorText": "Romanian", "code": "ROU"}],
          "target": "",
          "text": "Senior Hungarian and Romanian officials agreed on Wednesday."},
         {"id": "F-1", "event": "FIGHT", "source": null,
          "target": [{"actorText": "Ukraine", "code": "UKR"}], "text": "Shelling hit Ukraine."}
        ]
        """;
    List<PloverRecord> records = new PloverReader().parse(json, "inline");
    assertThat(records).extracting(PloverRecord::id).containsExactly("A-1", "F-1");
    PloverRecord agree = records.get(0);
    assertThat(agree.source())
        .extracting(a -> a.code() + a.sector())
        .containsExactly("HUNGOV", "ROU");
    assertThat(agree.target()).isEmpty();
    assertThat(agree.date()).isPresent();
    assertThat(records.get(1).source()).isEmpty();
    assertThat(records.get(1).target().get(0).country()).isEqualTo("UKR");
  }

  @Test
  void reads_non_iso_gold_codes_as_the_country_meant_and_sectors_as_their_cameo_letters() {
    String json =
        """
        [
         {"id": "C-1", "event": "CONSULT", "text": "Yeltsin hosted Hashimoto.",
          "source": [{"actorText": "Italy", "code": "ITL"},
                     {"actorText": "Bosnian Serb forces", "code": "BIH", "sector": "MILsrp"}],
          "target": [{"actorText": "Japanese Prime Minister", "code": "JAP", "sector": "GOV"},
                     {"actorText": "Israel", "code": "ISR", "sector": "***"},
                     {"actorText": "Kurds", "code": "IRQ", "sector": "CVLMOS"}]}
        ]
        """;
    PloverRecord r = new PloverReader().parse(json, "inline").get(0);
    assertThat(r.source()).extracting(a -> a.code() + a.sector()).containsExactly("ITA", "BIHMIL");
    assertThat(r.target())
        .extracting(a -> a.code() + a.sector())
        .containsExactly("JPNGOV", "ISR", "IRQCVLMOS");
    assertThat(r.target().get(0).text()).isEqualTo("Japanese Prime Minister");
  }

  @Test
  void rejects_what_is_not_a_plover_array() {
    assertThatThrownBy(() -> new PloverReader().parse("{\"id\": 1}", "gold.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold.json");
  }
}
