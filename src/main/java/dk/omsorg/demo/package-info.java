/**
 * Demo citizens and inquiries for trying the system out; never in the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package dk.omsorg.demo;
