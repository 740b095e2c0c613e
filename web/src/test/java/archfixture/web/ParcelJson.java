package archfixture.web;

/** Violation: looks the JSON provider up again on every call. */
public class ParcelJson {

  public String parcel() {
    return jakarta.json.Json.createObjectBuilder().add("id", 1).build().toString();
  }
}
