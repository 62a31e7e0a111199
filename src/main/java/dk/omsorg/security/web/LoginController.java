package dk.omsorg.security.web;

import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final CurrentUsers users;

    LoginController(CurrentUsers users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role starts where its work is: a caseworker in the one work queue, Mine opgaver. */
    @GetMapping("/")
    String home() {
        CurrentUser user = users.current();
        return switch (user.role()) {
            case COORDINATOR, LEADER -> "redirect:/inquiries/queue";
            case CASEWORKER -> "redirect:/tasks";
            case PROVIDER -> "redirect:/provider/inbox";
            case FINANCE -> "redirect:/settlement";
            default -> "redirect:/citizens";
        };
    }
}
