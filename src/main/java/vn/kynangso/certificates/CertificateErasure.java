package vn.kynangso.certificates;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.people.PersonErased;

/**
 * Forgets a certificate's holder when their data is erased: the certificate keeps its code, course
 * and date and stays verifiable, but no longer says who holds it. Runs in the erasing transaction,
 * so the name goes everywhere at once or nowhere.
 */
@Component
class CertificateErasure {

    private final CertificateRepository certificates;

    CertificateErasure(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** Their own certificates; their household's too when it named them or nobody named is left. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        certificates.erasePersonHolder(event.personId(), event.at());
        if (event.householdId() != null && (event.wasHead() || event.householdEmptied())) {
            // a household's certificate names its head and, as its title, its address
            certificates.eraseHouseholdHolder(event.householdId(), event.householdEmptied(), event.at());
        }
    }
}
