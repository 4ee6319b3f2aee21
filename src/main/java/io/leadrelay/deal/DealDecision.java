package io.leadrelay.deal;

public enum DealDecision { APPROVED, SENT_BACK, REJECTED }
