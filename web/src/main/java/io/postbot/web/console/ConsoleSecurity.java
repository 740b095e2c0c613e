package io.postbot.web.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The console signs in with a form of its own (login.xhtml) against the console users in the
 * database (see {@link ConsoleIdentityStore}). Roles: AGENT, SUPERVISOR, ADMIN; web.xml guards
 * /console/* and /api/agent/* with them.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/console/login.xhtml",
            errorPage = "",
            useForwardToLogin = false))
@DeclareRoles({"AGENT", "SUPERVISOR", "ADMIN"})
@FacesConfig
@ApplicationScoped
public class ConsoleSecurity {}
