package dk.skranke.central.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request a test sends to central: method, path, bearer token (null for none), JSON body (null for
 * none) and extra headers, which win over the token (to send odd Authorization headers).
 */
record ApiCall(String method, String path, String token, String body, Map<String, String> headers) {

    ApiCall {
        headers = Map.copyOf(headers);
    }

    static ApiCall get(String path, String token) {
        return new ApiCall("GET", path, token, null, Map.of());
    }

    static ApiCall post(String path, String token, String body) {
        return new ApiCall("POST", path, token, body, Map.of());
    }

    ApiCall withToken(String other) {
        return new ApiCall(method, path, other, body, headers);
    }

    ApiCall withBody(String other) {
        return new ApiCall(method, path, token, other, headers);
    }

    ApiCall withMethod(String other) {
        return new ApiCall(other, path, token, body, headers);
    }

    ApiCall withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiCall(method, path, token, body, more);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
