/**
 * Who is logged in, in which role and municipality; login, demo users, and one annotation per
 * capability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sikkerhed")
package dk.omsorg.security;
