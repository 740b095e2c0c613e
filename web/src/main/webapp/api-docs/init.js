// Renders the live OpenAPI document of this server; nothing is fetched from elsewhere.
window.ui = SwaggerUIBundle({ url: "../openapi", dom_id: "#swagger-ui", deepLinking: true });
