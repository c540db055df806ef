package org.matchwise.base.api;

import java.util.List;
import java.util.stream.Collectors;
import org.matchwise.operations.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a request that reaches Spring MVC into an {@link ApiProblems} body: the framework's own
 * (unknown path 404, 405, 406, 415, a missing parameter or multipart part 400, an upload over the limit 413, ...),
 * a refused role (403), an unreachable database (503) and anything unexpected (500, logged, never shown).
 *
 * <p>It applies to every handler, not only to our controllers: an unknown path under {@code /api} has no
 * controller (Spring's resource handler answers it), and a 405 or 415 is decided before any controller is
 * chosen. Only REST requests get here: the UI's paths are handled by Vaadin's servlet.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ApiProblems.response(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.");
    }

    /** Someone (a person or a job on another node) changed the same row meanwhile: nothing was saved, try again. */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(org.springframework.dao.OptimisticLockingFailureException e) {
        return ApiProblems.response(HttpStatus.CONFLICT, "changed_meanwhile",
                "The record changed while this request ran (another user or a running job); nothing was changed."
                        + " Read it again and retry.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        RequestBodyLimit.TooLarge tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return ApiProblems.response(tooLarge.problem);
        }
        if (Outages.isDatabaseOutage(e)) {
            log.warn("REST call failed: the database is unreachable ({})", Outages.describe(e));
            return OutageProblems.response();
        }
        log.error("Unexpected error in a REST call", e);
        return ApiProblems.response(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on our side; nothing was changed. The error has been logged.");
    }

    /** Every exception Spring MVC itself raises ends here, with the status Spring chose for it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            return null;
        }
        ProblemDetail problem = problemFor(ex, statusCode, request);
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(out).body(problem);
    }

    private static ProblemDetail problemFor(Exception ex, HttpStatusCode status, WebRequest request) {
        return switch (ex) {
            case HttpRequestMethodNotSupportedException e -> ApiProblems.of(status, "method_not_allowed",
                    e.getMethod() + " is not allowed here" + (e.getSupportedMethods() == null ? "."
                            : "; use " + String.join(" or ", e.getSupportedMethods()) + "."));
            case HttpMediaTypeNotSupportedException e -> ApiProblems.of(status, "unsupported_media_type",
                    (e.getContentType() == null ? "The request has no Content-Type" : "Content-Type '"
                            + e.getContentType() + "' is not accepted here") + "; send " + types(e.getSupportedMediaTypes())
                            + ".");
            case HttpMediaTypeNotAcceptableException e -> ApiProblems.of(status, "not_acceptable",
                    "This endpoint answers " + types(e.getSupportedMediaTypes()) + "; ask for it in the Accept header.");
            case MissingServletRequestPartException e -> ApiProblems.withProblems(ApiProblems.of(status,
                    "invalid_request", "The multipart request has no part '" + e.getRequestPartName() + "'."),
                    List.of(new ApiProblems.Problem(e.getRequestPartName(), "is required")));
            case MissingServletRequestParameterException e -> ApiProblems.withProblems(ApiProblems.of(status,
                    "invalid_parameter", "The parameter '" + e.getParameterName() + "' is required."),
                    List.of(new ApiProblems.Problem(e.getParameterName(), "is required")));
            case TypeMismatchException e -> ApiProblems.withProblems(ApiProblems.of(status, "invalid_parameter",
                    "The parameter '" + e.getPropertyName() + "' has a value of the wrong type."),
                    List.of(new ApiProblems.Problem(e.getPropertyName(), "must be a " + typeName(e.getRequiredType())
                            + ", was \"" + e.getValue() + "\"")));
            case MethodArgumentNotValidException e -> ApiProblems.invalid(e.getBindingResult().getFieldErrors().stream()
                    .map(f -> new ApiProblems.Problem(f.getField(), f.getDefaultMessage())).toList());
            case HandlerMethodValidationException e -> ApiProblems.invalid(e.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(error -> new ApiProblems.Problem(
                            error instanceof FieldError field ? field.getField()
                                    : r.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                    .toList());
            case NoResourceFoundException e -> ApiProblems.of(HttpStatus.NOT_FOUND, "not_found",
                    "There is no endpoint " + e.getHttpMethod() + " /" + e.getResourcePath() + ".");
            case NoHandlerFoundException e -> ApiProblems.of(HttpStatus.NOT_FOUND, "not_found",
                    "There is no endpoint " + e.getHttpMethod() + " " + e.getRequestURL() + ".");
            case MaxUploadSizeExceededException e -> ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "content_too_large",
                    "The upload is larger than the limit" + (e.getMaxUploadSize() > 0 ? " of " + e.getMaxUploadSize()
                            + " bytes" : "") + " (matchwise.limits.upload).");
            case HttpMessageNotReadableException e when tooLarge(e) != null -> tooLarge(e).problem;
            case HttpMessageNotReadableException e -> ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid_json",
                    "The request body is not valid JSON.");
            case ErrorResponse e when e.getBody().getDetail() != null -> ApiProblems.of(status, ApiProblems.codeOf(status), e.getBody().getDetail());
            default -> ApiProblems.ofStatus(status);
        };
    }

    /** The body-size failure behind {@code e} (RequestBodyLimit), or null. */
    private static RequestBodyLimit.TooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static String types(List<MediaType> types) {
        return types == null || types.isEmpty() ? "a supported type"
                : types.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return type.isEnum() ? "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", ")) : type.getSimpleName();
    }
}
