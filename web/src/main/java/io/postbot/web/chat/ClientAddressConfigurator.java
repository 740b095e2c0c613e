package io.postbot.web.chat;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Hands the client's address, set by ChannelAdmission, to the connection's user properties (a copy
 * per connection), where CustomerChannel counts it against the cap per address.
 */
public class ClientAddressConfigurator extends ServerEndpointConfig.Configurator {

  static final String PROPERTY = "postbot.client-address";

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    List<String> address = request.getHeaders().get(ChannelAdmission.CLIENT_ADDRESS);
    config
        .getUserProperties()
        .put(PROPERTY, address == null || address.isEmpty() ? "unknown" : address.get(0));
  }
}
