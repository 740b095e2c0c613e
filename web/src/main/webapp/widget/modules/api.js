/*
 * The one client of the application's API, shared by the widget, its handoff screens and the
 * survey page. Every call answers { ok, status, body, problem, response }: the body parsed when it
 * is JSON, and for an error the problem details' type (RFC 9457), on which callers branch rather
 * than on the bare status code.
 */

/** A client for the API under base (the application's root URL). */
export function createApi(base, options) {
  const settings = options || {};
  const fetchImpl = settings.fetch || ((url, init) => globalThis.fetch(url, init));

  function request(method, path, body, accept) {
    const headers = { Accept: accept || "application/json" };
    const token = settings.token ? settings.token() : null;
    if (token) headers.Authorization = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetchImpl(new URL("api/v1/" + path, base).href, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
    }).then(function (response) {
      const type = response.headers.get("Content-Type") || "";
      if (accept && accept !== "application/json" && response.ok) {
        return { ok: true, status: response.status, body: null, problem: null, response: response };
      }
      return response.text().then(function (text) {
        let json = null;
        if (text && /json/.test(type)) {
          try {
            json = JSON.parse(text);
          } catch {
            json = null;
          }
        }
        const problem = response.ok ? null : problemOf(response, json);
        return { ok: response.ok, status: response.status, body: json, problem: problem, response: response };
      });
    });
  }

  return { request: request };
}

/** The problem of an error answer: its type (a URI, or about:blank), title, detail, retry-after. */
export function problemOf(response, json) {
  const body = json && typeof json === "object" ? json : {};
  return {
    type: typeof body.type === "string" ? body.type : "about:blank",
    title: typeof body.title === "string" ? body.title : "",
    detail: typeof body.detail === "string" ? body.detail : "",
    status: response.status,
    retryAfter: response.headers.get("Retry-After"),
  };
}

/** Whether a problem is of the kind whose type URI ends with this name. */
export function isProblem(problem, name) {
  return !!problem && typeof problem.type === "string" && problem.type.split("/").pop() === name;
}
