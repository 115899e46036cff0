package org.socialwork.flow;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** A station import's file sent over real HTTP (multipart, HTTP Basic) and its job followed until it ends. */
public final class ImportUploads {

  private ImportUploads() {
  }

  /** A client signed in with HTTP Basic that hands back every status (no exception on 4xx/5xx). */
  public static RestClient client(int port, String username, String password) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
        .defaultHeaders(h -> h.setBasicAuth(username, password)).build();
  }

  /** Posts {@code file} (named {@code filename}) and {@code stationCode} to {@code path}. */
  public static ResponseEntity<String> upload(int port, String path, String username, String password,
                                              String station, String filename, byte[] content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("stationCode", station);
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    return client(port, username, password).post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .retrieve().toEntity(String.class);
  }

  /** The job at {@code jobPath} once DONE or FAILED (or as it is after a minute). */
  public static JsonNode poll(int port, String jobPath, String username, String password)
      throws InterruptedException {
    JsonNode job = null;
    for (int i = 0; i < 600; i++) {
      job = IntakeFlow.json(client(port, username, password).get().uri(jobPath).retrieve().toEntity(String.class));
      if (job.get("status").asText().equals("DONE") || job.get("status").asText().equals("FAILED")) {
        return job;
      }
      Thread.sleep(100);
    }
    return job;
  }
}
