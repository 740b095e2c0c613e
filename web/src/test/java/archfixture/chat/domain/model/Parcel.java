package archfixture.chat.domain.model;

/** A domain class that wrongly depends on JAX-RS. */
public class Parcel {
  public jakarta.ws.rs.core.Response render() {
    return null;
  }
}
