// `@verticals/ui/http`: what every dashboard's API routes need to turn bad requests into 4xx answers.
export { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, readBodyBytes, readBodyText, readFormData } from "./request-body";
export { MAX_RECORD_ID, parseRecordId } from "./record-id";
