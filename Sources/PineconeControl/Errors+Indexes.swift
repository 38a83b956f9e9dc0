/// What Pinecone's error codes mean for indexes and collections, read in a `catch`:
/// `catch let error as ClientError where error.isDeletionProtected { … }`.
extension ClientError {
    /// `delete_index` refused because the index has deletion protection enabled (403 `FORBIDDEN`).
    /// Turn it off with `configureIndex(indexName:body: ConfigureIndexRequest(deletionProtection: .disabled))`.
    public var isDeletionProtected: Bool {
        operationID == "delete_index" && isForbidden
    }

    /// A create was refused because the project has no quota left for another index, collection or
    /// backup (403 `FORBIDDEN` on a create, or `QUOTA_EXCEEDED` / `RESOURCE_EXHAUSTED` anywhere).
    public var isQuotaExceeded: Bool {
        if errorCode == .quotaExceeded || errorCode == .resourceExhausted { return true }
        return isForbidden && Self.creatingOperations.contains(operationID)
    }

    /// The organization's payment is overdue (402 `PAYMENT_REQUIRED`); creates are refused until it is paid.
    public var isPaymentRequired: Bool {
        status == 402 || errorCode == .paymentRequired
    }

    /// Pinecone refused because of the state something is in (412 `FAILED_PRECONDITION`): deleting an
    /// index while a collection is still being made from it, for instance.
    public var isFailedPrecondition: Bool {
        status == 412 || errorCode == .failedPrecondition
    }

    /// What the caller can do about the error, when Pinecone's answer calls for something specific; `nil`
    /// otherwise. Meant to follow ``description`` in messages for people.
    public var pineconeHint: String? {
        if isDeletionProtected {
            return "deletion protection is enabled; disable it (configure_index with deletion_protection 'disabled') and delete again"
        }
        if isQuotaExceeded { return "the project's quota is used up; delete something or raise the quota" }
        if isPaymentRequired { return "the organization has unpaid invoices" }
        if operationID == "delete_index" && isFailedPrecondition {
            return "a collection is still being made from this index; wait for it to be Ready"
        }
        return nil
    }

    static let creatingOperations: Set<String> = [
        "create_index", "create_index_for_model", "create_collection", "create_backup", "create_index_from_backup_operation",
    ]
}
