package io.leadrelay.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a partner enters when registering or improving a deal. */
public record DealInput(String customer, BigDecimal amount, String currency, String products,
                        LocalDate expectedCloseDate, String competitors, String description) {
}
