package dk.omsorg.specialcase;

/** The case's granted 1:1 minutes per week in each shift (vagtlag), from its grants. */
public record ShiftMinutes(int day, int evening, int night) {

    public static final ShiftMinutes NONE = new ShiftMinutes(0, 0, 0);

    public int total() {
        return day + evening + night;
    }

    public ShiftMinutes plus(ShiftMinutes other) {
        return new ShiftMinutes(day + other.day, evening + other.evening, night + other.night);
    }
}
