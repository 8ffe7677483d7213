package cn.street.civil.elderly.roster;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's words from {@code messages/elderly.properties}, for audit lines, exports and page sections. */
@Component
public class ElderlyText {

	private final MessageSource messages;

	ElderlyText(MessageSource messages) {
		this.messages = messages;
	}

	public String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
