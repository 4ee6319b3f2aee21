package io.leadrelay.directory;

/** Group ids with a meaning in LeadRelay; partner groups are {@code partner-<key>}. */
public final class Groups {

    public static final String ADMINS = "camunda-admin";
    public static final String PARTNER_MANAGERS = "partner-managers";
    public static final String DEAL_DESK = "deal-desk";
    /** Edit and deploy the models (Camunda Modeler deploys through /engine-rest with their credentials). */
    public static final String ANALYSTS = "analysts";
    public static final String PARTNER_PREFIX = "partner-";

    private Groups() {
    }

    public static boolean isPartnerGroup(String groupId) {
        return groupId.startsWith(PARTNER_PREFIX) && !PARTNER_MANAGERS.equals(groupId);
    }

    public static String partnerKeyOf(String partnerGroupId) {
        return partnerGroupId.substring(PARTNER_PREFIX.length());
    }
}
