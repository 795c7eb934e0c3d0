package org.headroom.base;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.util.ClassUtils;

/**
 * The calls into Headroom's services, the security boundary: public methods that a class of
 * Headroom named {@code ...Service} declares. What {@code ConcurrentEditTranslation} and the conflict
 * retry wrap.
 *
 * <p>Decided by the class's package and name, and each method's visibility and declaring class: at
 * start-up every bean's every method is asked whether it is one, and at run time every view a
 * page opens (docs/performance.md, "Start-up").
 */
public final class ServiceCalls extends StaticMethodMatcherPointcut {

    public static final ServiceCalls POINTCUT = new ServiceCalls();

    private ServiceCalls() {
        setClassFilter(ServiceCalls::isService);
    }

    static boolean isService(Class<?> type) {
        Class<?> user = ClassUtils.getUserClass(type);
        return OwnClasses.isOwn(user.getName()) && user.getSimpleName().endsWith("Service");
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        if (!Modifier.isPublic(method.getModifiers())) {
            return false;
        }
        Method declared = targetClass == null ? method : AopUtils.getMostSpecificMethod(method, targetClass);
        return isService(declared.getDeclaringClass());
    }
}
