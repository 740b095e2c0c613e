package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.AttachmentsJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a message's attachments in their one JSON form; no attachments store nothing (null). */
@Converter(autoApply = true)
public class AttachmentsColumn implements AttributeConverter<Attachments, String> {

  @Override
  public String convertToDatabaseColumn(Attachments attachments) {
    return attachments == null ? null : AttachmentsJson.write(attachments);
  }

  @Override
  public Attachments convertToEntityAttribute(String column) {
    return AttachmentsJson.read(column);
  }
}
