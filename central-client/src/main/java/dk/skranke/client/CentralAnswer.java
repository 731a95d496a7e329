package dk.skranke.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A 2xx-4xx answer from central: the status and the JSON body (a missing node when there is none). */
public record CentralAnswer(int status, JsonNode body) {

    public CentralAnswer {
        body = body == null ? MissingNode.getInstance() : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The {@code error} code of a 4xx answer, or "" when it has none. */
    public String error() {
        return body.path("error").asText("");
    }
}
