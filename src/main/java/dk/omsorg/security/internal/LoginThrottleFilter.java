package dk.omsorg.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Stands before the form login and HTTP Basic: a locked username or client is answered at once (the form
 * goes back to the login page with a Danish message, the API gets a Danish 429), and every failed attempt —
 * the form sent back with {@code ?error}, or a Basic request answered 401 — is counted.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String basic = basicUsername(request);
        if (!form && basic == null) {
            chain.doFilter(request, response);
            return;
        }
        String username = form ? request.getParameter("username") : basic;
        String client = request.getRemoteAddr();
        if (throttle.locked(username, client)) {
            if (form) {
                response.sendRedirect("/login?locked");
            } else {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"For mange forsøg\",\"status\":429,"
                        + "\"detail\":\"For mange forkerte forsøg på at logge ind. Prøv igen om "
                        + throttle.lock().toMinutes() + " minutter.\"}");
            }
            return;
        }
        chain.doFilter(request, response);
        boolean failed = form ? String.valueOf(response.getHeader("Location")).contains("/login?error")
                : response.getStatus() == HttpStatus.UNAUTHORIZED.value();
        if (failed) {
            throttle.failed(username, client);
        } else if (response.getStatus() < 400) {
            throttle.succeeded(username);
        }
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
