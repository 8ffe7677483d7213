package cn.street.civil.shared.excel;

/** Excel 导入被拒绝；{@link #getMessage()} 是可直接展示给用户的中文原因。 */
public class ExcelImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ExcelImportException(String message) {
		super(message);
	}

	public ExcelImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
