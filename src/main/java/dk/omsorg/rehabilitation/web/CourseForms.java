package dk.omsorg.rehabilitation.web;

import dk.omsorg.rehabilitation.Course;
import dk.omsorg.rehabilitation.CourseEvaluations;
import dk.omsorg.rehabilitation.Courses;
import dk.omsorg.rehabilitation.Recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The course page's forms as Spring binds them (lists of rows by index). */
final class CourseForms {

    private CourseForms() {
    }

    /** IPPA: one row per problem, the citizen's up to 7 (policy) and blank rows to fill. */
    public static class IppaForm {
        private Integer version;
        private List<ProblemRow> ippa = new ArrayList<>();

        static IppaForm of(Course course, int rows) {
            IppaForm form = new IppaForm();
            form.version = course.version();
            course.ippa().forEach(p -> form.ippa.add(new ProblemRow(p.problem(), p.importance(), p.startDifficulty(), p.endDifficulty())));
            while (form.ippa.size() < rows) {
                form.ippa.add(new ProblemRow(null, null, null, null));
            }
            return form;
        }

        List<Courses.ProblemInput> inputs() {
            return ippa.stream().map(r -> new Courses.ProblemInput(r.problem, r.importance, r.startDifficulty, r.endDifficulty)).toList();
        }

        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
        public List<ProblemRow> getIppa() { return ippa; }
        public void setIppa(List<ProblemRow> ippa) { this.ippa = ippa; }
    }

    public static class ProblemRow {
        private String problem;
        private Integer importance;
        private Integer startDifficulty;
        private Integer endDifficulty;

        public ProblemRow() {
        }

        ProblemRow(String problem, Integer importance, Integer startDifficulty, Integer endDifficulty) {
            this.problem = problem;
            this.importance = importance;
            this.startDifficulty = startDifficulty;
            this.endDifficulty = endDifficulty;
        }

        public String getProblem() { return problem; }
        public void setProblem(String problem) { this.problem = problem; }
        public Integer getImportance() { return importance; }
        public void setImportance(Integer importance) { this.importance = importance; }
        public Integer getStartDifficulty() { return startDifficulty; }
        public void setStartDifficulty(Integer startDifficulty) { this.startDifficulty = startDifficulty; }
        public Integer getEndDifficulty() { return endDifficulty; }
        public void setEndDifficulty(Integer endDifficulty) { this.endDifficulty = endDifficulty; }
    }

    /** The evaluation form: per goal met or not and the state now, a recommendation and a note. */
    public static class EvaluationForm {
        private Integer version;
        private List<GoalRow> goals = new ArrayList<>();
        private Recommendation recommendation;
        private String note;
        private List<Integer> ippaEnd = new ArrayList<>();

        CourseEvaluations.Form form() {
            return new CourseEvaluations.Form(version, goals.stream()
                    .map(g -> new CourseEvaluations.GoalInput(g.stateCode, g.met, g.state)).toList(), recommendation, note,
                    ippaEnd);
        }

        public List<Integer> getIppaEnd() { return ippaEnd; }
        public void setIppaEnd(List<Integer> ippaEnd) { this.ippaEnd = ippaEnd; }

        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
        public List<GoalRow> getGoals() { return goals; }
        public void setGoals(List<GoalRow> goals) { this.goals = goals; }
        public Recommendation getRecommendation() { return recommendation; }
        public void setRecommendation(Recommendation recommendation) { this.recommendation = recommendation; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class GoalRow {
        private UUID stateCode;
        private Boolean met;
        private Integer state;

        public UUID getStateCode() { return stateCode; }
        public void setStateCode(UUID stateCode) { this.stateCode = stateCode; }
        public Boolean getMet() { return met; }
        public void setMet(Boolean met) { this.met = met; }
        public Integer getState() { return state; }
        public void setState(Integer state) { this.state = state; }
    }
}
