package cn.street.civil.shared.excel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * CSV for files that leave the office (the bank's 代发文件): UTF-8 with a byte-order mark so Excel opens Chinese
 * text correctly, every cell quoted, and text that a spreadsheet would take for a formula written with a leading
 * apostrophe, as {@link XlsxExport} does for .xlsx (防公式注入). Rows are written as they come: nothing is held.
 */
public final class CsvExport implements AutoCloseable {

	private final Writer out;

	private CsvExport(Writer out) {
		this.out = out;
	}

	/** Starts the file on {@code out} with the byte-order mark; {@link #close()} flushes but leaves out open. */
	public static CsvExport open(OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		writer.write('\uFEFF');
		return new CsvExport(writer);
	}

	public void row(Object... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells[i]));
		}
		out.write("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "\"\"";
		}
		String text = value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
		if (!(value instanceof Number) && SpreadsheetText.looksLikeFormula(text)) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}

}
