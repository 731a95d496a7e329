package dk.skranke.central.reports;

import dk.skranke.central.config.ChannelCosts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prices the period's personal visits per service and the saving from moving some of them to self-service. */
final class ChannelCosting {
    private ChannelCosting() {
    }

    static Report.ChannelCost of(ChannelCosts costs, double shiftShare, Map<String, Tally> services) {
        List<Report.ServiceCost> rows = new ArrayList<>();
        long visits = 0;
        long digital = 0;
        long deflections = 0;
        for (Map.Entry<String, Tally> service : services.entrySet()) {
            Tally t = service.getValue();
            rows.add(cost(costs, shiftShare, service.getKey(), t.served(), t.couldHaveBeenDigital(),
                    t.deflections()));
            visits += t.served();
            digital += t.couldHaveBeenDigital();
            deflections += t.deflections();
        }
        return new Report.ChannelCost(new Report.CostRates(costs.personal(), costs.phone(), costs.digital()),
                shiftShare, rows, cost(costs, shiftShare, "total", visits, digital, deflections));
    }

    private static Report.ServiceCost cost(ChannelCosts costs, double shiftShare, String service, long visits,
            long couldHaveBeenDigital, long deflections) {
        BigDecimal perShift = costs.personal().subtract(costs.digital());
        BigDecimal saving = perShift.multiply(BigDecimal.valueOf(couldHaveBeenDigital))
                .multiply(BigDecimal.valueOf(shiftShare));
        return new Report.ServiceCost(service, visits, kroner(costs.personal().multiply(BigDecimal.valueOf(visits))),
                couldHaveBeenDigital, kroner(saving), deflections,
                kroner(perShift.multiply(BigDecimal.valueOf(deflections))));
    }

    private static BigDecimal kroner(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
