package cn.street.civil.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Property reads in the templates ({@code ${h.householdNo}}) without SpEL's accessor search on every read.
 * <p>
 * SpEL remembers the accessor that read a property last time only if that accessor is one of the evaluation
 * context's own; the reflective accessor hands out an "optimal" copy bound to the getter, which is not, so
 * every read of every row searches the accessors again: Thymeleaf's access-control check (getter names built
 * anew), the reflective accessor's cache lookups (record keys, equals and hash code through method handles)
 * and a new optimal accessor. JFR: about a third of the household list's render time.
 * <p>
 * {@link CachedReads} sits first in every page's evaluation context and keeps, per class and property name,
 * the optimal accessor the context's own accessors would have chosen: it answers only where the reflective
 * accessor (behind Thymeleaf's access control) would have read the property, with the same getter, and declines
 * everything else (maps, the template context, classes, forbidden members), which then goes the usual way. So
 * every expression reads exactly what it read before, and what Thymeleaf forbids stays forbidden.
 */
@Configuration(proxyBeanMethods = false)
class TemplatePropertyAccess {

	/**
	 * Replaces the engine's Spring standard dialect (its evaluator cannot be set) by {@link CachingDialect}, with
	 * the same settings; the other dialects stay as Boot added them.
	 */
	@Bean
	static BeanPostProcessor cachedTemplatePropertyReads() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					Set<IDialect> dialects = new LinkedHashSet<>();
					for (IDialect dialect : engine.getDialects()) {
						dialects.add(dialect instanceof SpringStandardDialect standard
								&& !(dialect instanceof CachingDialect) ? new CachingDialect(standard) : dialect);
					}
					engine.setDialects(dialects);
				}
				return bean;
			}
		};
	}

	/** Thymeleaf's Spring standard dialect ({@code th:}) with {@link Evaluator}. */
	static final class CachingDialect extends SpringStandardDialect {

		private final Evaluator evaluator = new Evaluator(SPELVariableExpressionEvaluator.INSTANCE);

		CachingDialect(SpringStandardDialect original) {
			setEnableSpringELCompiler(original.getEnableSpringELCompiler());
			setRenderHiddenMarkersBeforeCheckboxes(original.getRenderHiddenMarkersBeforeCheckboxes());
		}

		@Override
		public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
			return this.evaluator;
		}

	}

	/** Thymeleaf's SpEL evaluator, with {@link CachedReads} put first into the page's evaluation context. */
	static final class Evaluator implements IStandardVariableExpressionEvaluator {

		private final IStandardVariableExpressionEvaluator delegate;

		Evaluator(IStandardVariableExpressionEvaluator delegate) {
			this.delegate = delegate;
		}

		@Override
		public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
				StandardExpressionExecutionContext expContext) {
			if (context.getVariable(
					ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof StandardEvaluationContext spel) {
				CachedReads.installInto(spel);
			}
			return delegate.evaluate(context, expression, expContext);
		}

	}

	/** The context's own choice of property accessor, remembered per class and property name. */
	static final class CachedReads implements PropertyAccessor {

		static final CachedReads INSTANCE = new CachedReads();

		/** Marks "not ours": the context's other accessors answer. */
		private static final PropertyAccessor DECLINED = new ReflectivePropertyAccessor(false);

		private final ClassValue<Map<String, PropertyAccessor>> byClass = new ClassValue<>() {
			@Override
			protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
				return new ConcurrentHashMap<>();
			}
		};

		static void installInto(StandardEvaluationContext context) {
			List<PropertyAccessor> accessors = context.getPropertyAccessors();
			if (accessors.isEmpty() || accessors.get(0) != INSTANCE) {
				List<PropertyAccessor> withCache = new ArrayList<>(accessors.size() + 1);
				withCache.add(INSTANCE);
				withCache.addAll(accessors);
				context.setPropertyAccessors(withCache);
			}
		}

		@Override
		public Class<?>[] getSpecificTargetClasses() {
			return null;
		}

		@Override
		public boolean canRead(EvaluationContext context, Object target, String name) {
			return accessorFor(context, target, name) != DECLINED;
		}

		@Override
		public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
			PropertyAccessor accessor = accessorFor(context, target, name);
			if (accessor == DECLINED) {
				throw new AccessException("not read through the cache: " + name); // SpEL tries the others
			}
			return accessor.read(context, target, name);
		}

		@Override
		public boolean canWrite(EvaluationContext context, Object target, String name) {
			return false;
		}

		@Override
		public void write(EvaluationContext context, Object target, String name, Object newValue)
				throws AccessException {
			throw new AccessException("read only");
		}

		private PropertyAccessor accessorFor(EvaluationContext context, Object target, String name) {
			if (target == null || target instanceof Class<?>) {
				return DECLINED;
			}
			Map<String, PropertyAccessor> byName = this.byClass.get(target.getClass());
			PropertyAccessor accessor = byName.get(name);
			if (accessor == null) {
				accessor = choose(context, target, name);
				byName.put(name, accessor);
			}
			return accessor;
		}

		/**
		 * What SpEL would pick: an accessor for the target's specific class comes first (maps, the template
		 * context), so those are declined; otherwise the first general accessor that can read it, and only a
		 * reflective one is taken over, as the optimal accessor it creates itself for this class and name.
		 */
		private static PropertyAccessor choose(EvaluationContext context, Object target, String name) {
			for (PropertyAccessor accessor : context.getPropertyAccessors()) {
				Class<?>[] targets = accessor.getSpecificTargetClasses();
				if (targets != null) {
					for (Class<?> type : targets) {
						if (type.isInstance(target)) {
							return DECLINED;
						}
					}
				}
			}
			for (PropertyAccessor accessor : context.getPropertyAccessors()) {
				if (accessor == INSTANCE || accessor.getSpecificTargetClasses() != null) {
					continue;
				}
				try {
					if (!accessor.canRead(context, target, name)) {
						continue;
					}
				}
				catch (Exception forbidden) {
					return DECLINED; // Thymeleaf's access control: the context's own accessor refuses it again
				}
				if (accessor instanceof ReflectivePropertyAccessor reflective) {
					PropertyAccessor optimal = reflective.createOptimalAccessor(context, target, name);
					return optimal == reflective ? DECLINED : optimal;
				}
				return DECLINED;
			}
			return DECLINED;
		}

	}

}
