package org.civitas.tenancy.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.civitas.shared.api.Problem;

/**
 * Until operator login exists (identity issue), the operator API answers only to callers on this machine.
 */
@Provider
@OperatorApi
@Priority(Priorities.AUTHORIZATION)
public class OperatorAccessFilter implements ContainerRequestFilter {
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isLoopback(servletRequest.getRemoteAddr())) {
            request.abortWith(new Problem(403, "Forbidden",
                    "The operator API answers only on this machine (loopback) until operator sign-in is set up.")
                    .toResponse());
        }
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
