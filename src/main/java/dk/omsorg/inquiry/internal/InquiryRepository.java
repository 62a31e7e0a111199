package dk.omsorg.inquiry.internal;

import dk.omsorg.inquiry.Inquiry;
import org.springframework.data.repository.ListCrudRepository;

public interface InquiryRepository extends ListCrudRepository<Inquiry, Long> {
}
