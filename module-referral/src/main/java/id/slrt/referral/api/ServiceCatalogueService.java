package id.slrt.referral.api;

import java.util.List;

/** The current tenant's catalogue of services. */
public interface ServiceCatalogueService {

  List<ServiceDetails> activeServices();
}
