package org.socialwork.flow.venture;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code socialwork.venture.*}: the posting period and the first payment's deadline in working days, and how long
 * a violation debars an organisation, and how large an uploaded document (the signed agreement) may be.
 */
@ConfigurationProperties("socialwork.venture")
public record VentureSettings(Integer postingPeriod, Integer firstPaymentWithin, Period debarment,
                               DataSize maxUpload) {

  public VentureSettings {
    postingPeriod = postingPeriod == null ? 5 : postingPeriod;
    firstPaymentWithin = firstPaymentWithin == null ? 15 : firstPaymentWithin;
    debarment = debarment == null ? Period.ofYears(3) : debarment;
    maxUpload = maxUpload == null ? DataSize.ofMegabytes(10) : maxUpload;
  }
}
