package cn.street.civil.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the exceptions every module throws into the Chinese error pages: 404 for missing or
 * out-of-scope records, 409 for stale edits, 400 for malformed input and refused rules. No stack trace
 * or SQL ever reaches the page.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	private final MessageSource messages;

	GlobalControllerAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/** The current query string without {@code page}, ending in '&' when not empty: pagination links keep the filters. */
	@ModelAttribute("pageQuery")
	String pageQuery(HttpServletRequest request) {
		return QueryStrings.without(request, Set.of("page"));
	}

	/** The current query string without {@code page} and {@code sort}: sortable headers keep the filters. */
	@ModelAttribute("sortQuery")
	String sortQuery(HttpServletRequest request) {
		return QueryStrings.without(request, Set.of("page", "sort"));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	String notFound(Exception ex, HttpServletResponse response) {
		log.debug("404: {}", ex.getMessage());
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String staleEdit(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	String conflict(DataIntegrityViolationException ex, HttpServletResponse response) {
		log.warn("Constraint violation: {}", ex.getMostSpecificCause().getClass().getSimpleName());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

	@ExceptionHandler(BusinessRuleException.class)
	String ruleRefused(BusinessRuleException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("reason", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		return "error/400";
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	String badRequest(Exception ex, HttpServletResponse response) {
		log.debug("400: {}", ex.getMessage());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "error/400";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("reason", messages.getMessage("error.upload.too-large", null, LocaleContextHolder.getLocale()));
		return "error/400";
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	String methodNotAllowed(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		return "error/400";
	}

}
