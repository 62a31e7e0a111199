package dk.omsorg.task.web;

import dk.omsorg.security.PersonNames;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireTaskQueue;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.task.Task;
import dk.omsorg.task.TaskDue;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskOwner;
import dk.omsorg.task.TaskQueue;
import dk.omsorg.task.Tasks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * Mine opgaver: the queue with its filters as plain GET parameters (they work without JavaScript), a coordinator's
 * or leader's choice of a team's or a colleague's queue and the reassign form, the menu's counts and the citizen
 * overview's section (htmx).
 */
@Controller
class TaskController {

    private final Tasks tasks;
    private final Messages messages;
    private final PersonNames people;

    TaskController(Tasks tasks, Messages messages, PersonNames people) {
        this.tasks = tasks;
        this.messages = messages;
        this.people = people;
    }

    @GetMapping("/tasks")
    @RequireTaskQueue
    String queue(@RequestParam(required = false) String owner, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String citizen, @RequestParam(required = false) String due,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        TaskQueue queue = tasks.queue(owner, kind, citizen, due, page);
        model.addAttribute("queue", queue);
        model.addAttribute("heading", heading(queue.owner()));
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("dues", TaskDue.values());
        model.addAttribute("colleagues", tasks.colleagues());
        model.addAttribute("teams", Tasks.WORKING_ROLES);
        return "task/queue";
    }

    /** The menu's counts of the user's own open tasks, loaded by htmx on every page. */
    @GetMapping("/tasks/counts")
    @RequireTaskQueue
    String counts(Model model) {
        var counts = tasks.counts();
        model.addAttribute("counts", counts.values());
        model.addAttribute("total", counts.values().stream().mapToLong(c -> c.open()).sum());
        model.addAttribute("overdue", counts.values().stream().mapToLong(c -> c.overdue()).sum());
        return "task/counts :: counts";
    }

    @PostMapping("/tasks/{id}/close")
    @RequireTaskQueue
    String close(@PathVariable long id, @RequestParam(required = false) Integer version,
                 @RequestParam(required = false) String owner, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String citizen, @RequestParam(required = false) String due,
                 RedirectAttributes redirect) {
        tasks.close(id, version);
        redirect.addFlashAttribute("success", messages.text("task.closed"));
        return back(owner, kind, citizen, due);
    }

    /** @param to "user:&lt;username&gt;" or "team:&lt;ROLE&gt;", as the select writes it */
    @PostMapping("/tasks/{id}/reassign")
    @RequireQueueManagement
    String reassign(@PathVariable long id, @RequestParam(required = false) String to,
                    @RequestParam(required = false) Integer version,
                    @RequestParam(required = false) String owner, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String citizen, @RequestParam(required = false) String due,
                    RedirectAttributes redirect) {
        String value = to == null ? "" : to.strip();
        String user = value.startsWith("user:") ? value.substring("user:".length()) : null;
        String role = value.startsWith("team:") ? value.substring("team:".length()) : null;
        if (user == null && role == null && !value.isEmpty()) {
            throw new InvalidInputException("ownerUser", "task.ownerUser.unknown", value);
        }
        Task saved = tasks.reassign(id, user, role, version);
        redirect.addFlashAttribute("success", messages.text("task.reassigned", ownerName(saved)));
        return back(owner, kind, citizen, due);
    }

    /** The citizen's open tasks as a page of its own. */
    @GetMapping("/citizens/{citizenId}/tasks")
    @RequireCitizenAccess
    String citizen(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("tasks", tasks.openForCitizen(citizenId));
        model.addAttribute("today", tasks.today());
        return "task/citizen";
    }

    /** The citizen overview loads this fragment (hx-get). */
    @HxRequest
    @GetMapping("/citizens/{citizenId}/tasks")
    @RequireCitizenAccess
    String citizenSection(@PathVariable long citizenId, Model model) {
        citizen(citizenId, model);
        return "task/citizen :: tasks";
    }

    private String heading(TaskOwner owner) {
        if (owner instanceof TaskOwner.User u) {
            return messages.text("task.queue.titleOf", people.name(u.username()));
        }
        if (owner instanceof TaskOwner.Team t) {
            return messages.text("task.queue.titleOf", messages.text("task.queue.team", messages.text("role." + t.role().name())));
        }
        return messages.text("task.queue.title");
    }

    private String ownerName(Task task) {
        return task.ownerUser() != null ? people.name(task.ownerUser())
                : messages.text("task.ownerTeam", messages.text("role." + task.ownerRole()));
    }

    /** Back to the queue the form was posted from, with its filters. */
    private static String back(String owner, String kind, String citizen, String due) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tasks");
        for (var param : List.of(new String[]{"owner", owner}, new String[]{"kind", kind},
                new String[]{"citizen", citizen}, new String[]{"due", due})) {
            if (param[1] != null && !param[1].isBlank()) {
                uri.queryParam(param[0], param[1]);
            }
        }
        return "redirect:" + uri.encode().build().toUriString();
    }
}
