package io.flowpool.adapter.rest.web;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.InvalidValueException;
import io.flowpool.view.model.TaskNotVisibleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the API's failures into RFC 7807 problem details: bad input 400, what does not exist or is
 * not visible 404, a refused action 409 with its {@code reason}. Spring MVC's own exceptions
 * (unreadable body, wrong parameter type, …) get problem details from the base class.
 */
@RestControllerAdvice(basePackages = "io.flowpool.adapter.rest")
public class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidValueException.class)
  ProblemDetail invalid(InvalidValueException exception) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException exception) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
  }

  @ExceptionHandler(CommandRefusedException.class)
  ProblemDetail refused(CommandRefusedException exception) {
    HttpStatus status =
        TaskNotVisibleException.REASON.equals(exception.reason())
            ? HttpStatus.NOT_FOUND
            : HttpStatus.CONFLICT;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, exception.getMessage());
    problem.setProperty("reason", exception.reason());
    return problem;
  }
}
