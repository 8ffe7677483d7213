// 街道民政业务系统: the only script of the pages (no inline scripts: the Content-Security-Policy forbids them).
(function () {
	'use strict';

	// Forms with data-confirm ask before submitting (delete, disable, reset, commit an import...).
	document.addEventListener('submit', function (event) {
		var form = event.target;
		var question = form.getAttribute && form.getAttribute('data-confirm');
		if (question && !window.confirm(question)) {
			event.preventDefault();
			return;
		}
		// Double-submit guard: disable the submit buttons once the form is on its way.
		if (!event.defaultPrevented && form.method && form.method.toLowerCase() === 'post') {
			setTimeout(function () {
				form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
			}, 0);
		}
	});

	// Print buttons.
	document.addEventListener('click', function (event) {
		var target = event.target.closest && event.target.closest('[data-print]');
		if (target) {
			event.preventDefault();
			window.print();
		}
	});

	// htmx requests carry the CSRF token like forms do.
	document.addEventListener('htmx:configRequest', function (event) {
		var token = document.querySelector('meta[name="csrf-token"]');
		var header = document.querySelector('meta[name="csrf-header"]');
		if (token && header) {
			event.detail.headers[header.content] = token.content;
		}
	});
})();
