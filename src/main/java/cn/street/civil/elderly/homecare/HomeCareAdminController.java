package cn.street.civil.elderly.homecare;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 服务商、护理员、服务项目: everyone with case data reads them, the street caseworker keeps them. */
@Controller
@RequestMapping("/elderly/home-care")
@PreAuthorize(Roles.CASE_READ)
class HomeCareAdminController {

	private final HomeCareService service;

	HomeCareAdminController(HomeCareService service) {
		this.service = service;
	}

	/** Whether the page offers the forms: the street caseworker keeps providers, workers and items. */
	@ModelAttribute("mayKeep")
	boolean mayKeep(@org.springframework.security.core.annotation.AuthenticationPrincipal cn.street.civil.shared.security.CurrentUser user) {
		return Roles.STREET_PREPARERS.contains(user.role());
	}

	@GetMapping("/providers")
	String providers(Model model) {
		return providersPage(ProviderForm.empty(), model);
	}

	private String providersPage(ProviderForm form, Model model) {
		model.addAttribute("providers", service.providers());
		model.addAttribute("form", form);
		return "elderly/home-care/providers";
	}

	@PostMapping("/providers")
	@PreAuthorize(Roles.STREET_PREPARE)
	String createProvider(@Valid @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Provider p = service.saveProvider(null, form);
				flash.addFlashAttribute("success", "homecare.flash.saved");
				return "redirect:/elderly/home-care/providers/" + p.getId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return providersPage(form, model);
	}

	@GetMapping("/providers/{id}")
	String provider(@PathVariable long id, Model model) {
		Provider p = service.provider(id);
		return providerPage(p, new ProviderForm(p.getName(), p.getContact(), p.getPhone(), p.isActive(), p.getVersion()),
				WorkerForm.empty(), model);
	}

	private String providerPage(Provider p, ProviderForm form, WorkerForm workerForm, Model model) {
		model.addAttribute("provider", p);
		model.addAttribute("workers", service.workers(p.getId()));
		model.addAttribute("form", form);
		model.addAttribute("workerForm", workerForm);
		return "elderly/home-care/provider";
	}

	@PostMapping("/providers/{id}")
	@PreAuthorize(Roles.STREET_PREPARE)
	String updateProvider(@PathVariable long id, @Valid @ModelAttribute("form") ProviderForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Provider p = service.provider(id);
		if (!errors.hasErrors()) {
			try {
				service.saveProvider(id, form);
				flash.addFlashAttribute("success", "homecare.flash.saved");
				return "redirect:/elderly/home-care/providers/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return providerPage(p, form, WorkerForm.empty(), model);
	}

	@PostMapping("/providers/{id}/workers")
	@PreAuthorize(Roles.STREET_PREPARE)
	String addWorker(@PathVariable long id, @Valid @ModelAttribute("workerForm") WorkerForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Provider p = service.provider(id);
		if (errors.hasErrors()) {
			return providerPage(p, new ProviderForm(p.getName(), p.getContact(), p.getPhone(), p.isActive(), p.getVersion()),
					form, model);
		}
		service.addWorker(id, form);
		flash.addFlashAttribute("success", "homecare.flash.saved");
		return "redirect:/elderly/home-care/providers/" + id;
	}

	@GetMapping("/items")
	String items(Model model) {
		return itemsPage(ItemForm.empty(), model);
	}

	private String itemsPage(ItemForm form, Model model) {
		model.addAttribute("items", service.items());
		model.addAttribute("form", form);
		return "elderly/home-care/items";
	}

	@PostMapping("/items")
	@PreAuthorize(Roles.STREET_PREPARE)
	String createItem(@Valid @ModelAttribute("form") ItemForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				service.saveItem(null, form);
				flash.addFlashAttribute("success", "homecare.flash.saved");
				return "redirect:/elderly/home-care/items";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return itemsPage(form, model);
	}

	@PostMapping("/items/{id}")
	@PreAuthorize(Roles.STREET_PREPARE)
	String updateItem(@PathVariable long id, @Valid @ModelAttribute("form") ItemForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		service.item(id);
		if (!errors.hasErrors()) {
			try {
				service.saveItem(id, form);
				flash.addFlashAttribute("success", "homecare.flash.saved");
				return "redirect:/elderly/home-care/items";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return itemsPage(form, model);
	}

}
