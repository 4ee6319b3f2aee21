package io.leadrelay.web;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Our JSON APIs answer a refused request with its reason (RFC 9457 problem details), as the webhooks do. Without
 * this, Spring Boot's error page drops the reason ({@code server.error.include-message} is off, rightly, for
 * unexpected errors), and an API client gets "Bad Request" and nothing to fix. Only refusals we raise on purpose
 * are described; unexpected errors stay a bare 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail refused(ResponseStatusException refusal) {
        return refusal.getBody();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        String expected = type == LocalDate.class ? "date (yyyy-mm-dd)" : type == null ? "value" : type.getSimpleName();
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + mismatch.getName() + "' must be a " + expected + ", not '" + mismatch.getValue() + "'");
    }
}
