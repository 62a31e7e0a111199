package dk.omsorg.hospital.web;

import dk.omsorg.hospital.HospitalMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page "Sygehusadviser": what the hospitals sent, those needing a person's look first (docs/hospital.md). */
@Controller
class HospitalMessagesController {

    private final HospitalMessages messages;

    HospitalMessagesController(HospitalMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/hospital-messages")
    String list(@RequestParam(defaultValue = "false") boolean attention, Model model) {
        model.addAttribute("messages", messages.list(attention));
        model.addAttribute("attention", attention);
        return "hospital/list";
    }

    @GetMapping("/hospital-messages/{id}")
    String read(@PathVariable long id, Model model) {
        model.addAttribute("m", messages.read(id));
        return "hospital/message";
    }

    @PostMapping("/hospital-messages/{id}/handled")
    String handled(@PathVariable long id) {
        messages.handled(id);
        return "redirect:/hospital-messages/" + id;
    }
}
