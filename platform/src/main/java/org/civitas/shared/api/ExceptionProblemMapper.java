package org.civitas.shared.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.ForbiddenException;
import org.civitas.shared.domain.UnauthenticatedException;
import org.civitas.shared.domain.UnavailableException;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.shared.domain.NotFoundException;

/**
 * Turns every exception that leaves a resource into a clear answer: never a stack trace, never a bare 500
 * page. Unexpected errors are logged with an incident id that the answer repeats.
 */
@Provider
public class ExceptionProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ExceptionProblemMapper.class.getName());

    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;
    @Inject
    ErrorResponses responses;

    @Override
    public Response toResponse(Throwable error) {
        Problem problem = problemFor(error);
        if (problem.status() == 401) {
            return Response.fromResponse(problem.toResponse())
                    .header("WWW-Authenticate", "Bearer realm=\"civitas\"").build();
        }
        String key = switch (problem.status()) {
            case 404 -> "error.notFound";
            case 403 -> "error.forbidden";
            case 503 -> "error.unavailable";
            case 400, 409, 415, 422 -> "error.badRequest";
            case 405 -> "error.notFound";
            case 413 -> "error.tooLarge";
            default -> problem.status() >= 500 ? "error.unexpected" : "error.badRequest";
        };
        return responses.respond(uri.getPath().replaceFirst("^/", ""), headers.getAcceptableMediaTypes(), problem, key);
    }

    static Problem problemFor(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            return new Problem(400, "Invalid input", invalid.getMessage(), invalid.errors());
        }
        if (error instanceof ConflictException conflict) {
            return new Problem(409, "Conflict", conflict.getMessage());
        }
        if (error instanceof UnauthenticatedException unauthenticated) {
            return new Problem(401, "Sign-in required", unauthenticated.getMessage());
        }
        if (error instanceof ForbiddenException forbidden) {
            return new Problem(403, "Forbidden", forbidden.getMessage());
        }
        if (error instanceof UnavailableException unavailable) {
            LOG.warning(() -> "Dependency unavailable: " + unavailable.getMessage());
            return new Problem(503, "Temporarily unavailable", unavailable.getMessage().contains("Keycloak")
                    ? "Sign-in and identity checks are unavailable right now. Try again in a moment."
                    : "A service the platform needs is unavailable right now. Try again in a moment.");
        }
        if (error instanceof NotFoundException notFound) {
            return new Problem(404, "Not found", notFound.getMessage());
        }
        Optional<RequestTooLargeException> tooLarge = causes(error).filter(RequestTooLargeException.class::isInstance)
                .map(RequestTooLargeException.class::cast).findFirst(); // also when the JSON or multipart reader wrapped it
        if (tooLarge.isPresent()) {
            return new Problem(413, "Request too large", tooLarge.get().getMessage());
        }
        if (isMalformedBody(error)) {
            return new Problem(400, "Malformed request body",
                    "The request body is not valid JSON of the expected shape. Check the syntax and the field types.");
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return new Problem(status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), clientMessage(status));
        }
        if (hasSqlState(error, "23505")) { // unique: a concurrent write of the same thing won
            return new Problem(409, "Conflict", "The same change arrived twice at the same moment and only one was kept: "
                    + "reload, check, and try again if needed.");
        }
        if (hasSqlState(error, "23503")) { // foreign key: the database keeps what others depend on
            return new Problem(409, "Conflict", "This would delete records that others depend on, such as a phase "
                    + "that already has citizens' contributions; nothing was changed. Keep that phase (you may change its "
                    + "title or dates).");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, error);
        return new Problem(500, "Unexpected error",
                "Something went wrong on our side and nothing was changed. Incident " + incident + ".");
    }

    /** A database constraint refused the write (the transaction rolled back whole: nothing half-written). */
    private static boolean hasSqlState(Throwable error, String state) {
        return causes(error).anyMatch(t -> t instanceof java.sql.SQLException sql && state.equals(sql.getSQLState()));
    }

    /** The error and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable error) {
        return Stream.iterate(error, Objects::nonNull, Throwable::getCause);
    }

    private static boolean isMalformedBody(Throwable error) {
        return causes(error).anyMatch(t -> t instanceof JsonbException || t instanceof JsonException
                || (t instanceof ProcessingException && !(t.getCause() instanceof RuntimeException)));
    }

    private static String clientMessage(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this HTTP method.";
            case 406 -> "This address cannot answer in the media type asked for in Accept.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed as sent.";
        };
    }
}
