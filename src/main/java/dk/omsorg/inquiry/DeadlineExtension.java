package dk.omsorg.inquiry;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A new expected decision date, told to the citizen when the deadline cannot be held (seed 001). */
@Table("inquiry_deadline_extension")
public record DeadlineExtension(LocalDate expectedDecisionOn, String reason, Instant recordedAt, String recordedBy) {
}
