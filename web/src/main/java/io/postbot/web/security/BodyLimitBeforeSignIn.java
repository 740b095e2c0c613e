package io.postbot.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's sign-in mechanism runs before any servlet filter, on every request, and for a
 * protected address it saves the request's form parameters (reading the whole body) before it sends
 * the caller to the login page: a 64 MB form failed there with 500. This interceptor, ordered
 * before Jakarta Security's own (which has priority PLATFORM_BEFORE + 220), refuses a declared body
 * over the limit with the same 413 as {@link RequestBodyFilter}, before anything reads it.
 */
@Interceptor
@LoginToContinue
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class BodyLimitBeforeSignIn {

  @Inject BodyLimit limit;

  @AroundInvoke
  public Object refuseOversized(InvocationContext invocation) throws Exception {
    Object[] arguments = invocation.getParameters();
    if (invocation.getMethod().getName().equals("validateRequest")
        && arguments != null
        && arguments.length >= 2
        && arguments[0] instanceof HttpServletRequest request
        && arguments[1] instanceof HttpServletResponse response) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (limit.judge(path, request.getContentLengthLong(), false) == BodyLimit.Verdict.TOO_LARGE) {
        RequestBodyFilter.refuse(response, limit, path);
        return AuthenticationStatus.SEND_FAILURE;
      }
    }
    return invocation.proceed();
  }
}
