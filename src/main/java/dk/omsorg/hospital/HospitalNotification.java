package dk.omsorg.hospital;

import java.time.Instant;

/**
 * What a received HospitalNotification says, read from its bundle.
 *
 * @param messageId     Bundle.id — MedCom: a new value for every message sent; the idempotency key
 * @param headerId      MessageHeader.id — what the acknowledgement and later revise/cancel messages refer to
 * @param refersTo      for a revise/cancel (and for leave/discharge): the MessageHeader id its Provenance names, or null
 * @param cpr           the patient's CPR number (identifier system urn:oid:1.2.208.176.1.2)
 * @param episodeId     Encounter.episodeOfCare identifier: the hospital stay the message is about
 * @param start         Encounter.period.start: the admission
 * @param end           Encounter.period.end: the discharge (or the death)
 * @param leaveStart    the leave period's start (extension leavePeriod), or null
 * @param leaveEnd      the leave period's end, or null
 * @param deceased      Patient.deceased is set: the patient died during the stay
 * @param sender        the sending organisation's name
 * @param senderSor     the sending organisation's SOR identifier (answered to in the acknowledgement)
 */
public record HospitalNotification(String messageId, String headerId, String refersTo, HospitalActivity activity,
                                   String cpr, String episodeId, Instant start, Instant end, Instant leaveStart,
                                   Instant leaveEnd, boolean deceased, String sender, String senderSor) {
}
