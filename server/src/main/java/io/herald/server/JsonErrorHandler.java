package io.herald.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to requests refused before they reach the API (a malformed URI such as {@code
 * /api/articles/%zz}), in the API's one error shape instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    byte[] body =
        HeraldServer.errorBody(code, "malformed request: " + reason)
            .getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, HeraldServer.JSON_TYPE);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
