/** Sent with every postback (and test send), so a network can tell a retry from a new conversion. */
export const DELIVERY_ID_HEADER = "X-Ricochet-Delivery-Id";
