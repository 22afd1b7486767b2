package io.tidings.delivery;

/**
 * One treatment of a send job as stored ({@code send_job_treatment}): its template version, or its inline message
 * as template content JSON of the job's channel.
 */
record JobTreatment(int treatment, String name, int sizePercent, Long templateId, Integer templateVersion,
        String inlineContent) {
}
