/**
 * Journal notes (journalnotater) on a citizen: written and read by the authority's staff; written by a provider
 * about the citizens it delivers to, and read by it only as far as its own notes and the authority's notes shared
 * with the delivering providers. A note is never deleted and can be changed only on the day it was written; a
 * correction is a new note that refers to the old one. Searchable per citizen; every read and write audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal")
package dk.omsorg.journal;
