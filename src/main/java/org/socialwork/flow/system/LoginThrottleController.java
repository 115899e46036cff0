package org.socialwork.flow.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators see which clients are throttled for which accounts, and lift one or all (/admin/** is admins'). */
@Controller
class LoginThrottleController {

  private final LoginThrottle throttle;

  LoginThrottleController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @GetMapping("/admin/login-throttles")
  String list(Model model) {
    model.addAttribute("rows", throttle.statuses());
    model.addAttribute("failuresLastMinute", throttle.failuresLastMinute());
    model.addAttribute("ceiling", throttle.ceiling());
    return "admin/login-throttles";
  }

  @PostMapping("/admin/login-throttles/lift")
  String lift(@RequestParam String address, @RequestParam String account) {
    throttle.lift(address, account);
    return "redirect:/admin/login-throttles?lifted";
  }

  @PostMapping("/admin/login-throttles/lift-all")
  String liftAll() {
    throttle.liftAll();
    return "redirect:/admin/login-throttles?lifted";
  }
}
