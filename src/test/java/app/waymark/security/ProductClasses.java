package app.waymark.security;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's own compiled classes (not the tests'), read with Spring's ASM: what each calls and the strings it
 * holds. Suite-wide security tests find what they check here, so a new export or upload is covered unedited.
 */
final class ProductClasses {

    /** Every class under {@code app.waymark} in the main output, by internal name ({@code app/waymark/...}). */
    static Map<String, CompiledClass> read() throws IOException {
        Map<String, CompiledClass> product = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:app/waymark/**/*.class")) {
            if (resource.getURL().toString().contains("/test-classes/")) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                CompiledClass compiled = CompiledClass.read(in.readAllBytes());
                product.put(compiled.name, compiled);
            }
        }
        assertThat(product).as("the product's compiled classes").hasSizeGreaterThan(100);
        return product;
    }

    /** Classes nested in {@code name} (inner classes, anonymous handlers): part of what it does. */
    static Set<String> nestedIn(Map<String, CompiledClass> product, String name) {
        Set<String> nested = new TreeSet<>();
        for (String other : product.keySet()) {
            if (other.startsWith(name + "$")) {
                nested.add(other);
            }
        }
        return nested;
    }

    /** Whether {@code name} or a class nested in it calls {@code method} ({@code owner.name}). */
    static boolean calls(Map<String, CompiledClass> product, String name, String method) {
        return product.get(name).calledMethods.contains(method)
                || nestedIn(product, name).stream().anyMatch(nested -> product.get(nested).calledMethods
                .contains(method));
    }

    private ProductClasses() {
    }

    /** What one compiled class calls and which string constants it holds. */
    static final class CompiledClass {
        final String name;
        final Set<String> strings = new TreeSet<>();
        final Set<String> calledOwners = new TreeSet<>();
        final Set<String> calledMethods = new TreeSet<>();
        /** Its superclass and interfaces. */
        final Set<String> supertypes = new TreeSet<>();
        /** The descriptors of the methods it declares (what they take and return). */
        final Set<String> declaredDescriptors = new TreeSet<>();

        private CompiledClass(String name) {
            this.name = name;
        }

        /** Whether it names a download's content type (a class that only accepts CSV uploads names it too). */
        boolean setsAContentType() {
            return calledMethods.stream().anyMatch(method -> method.endsWith(".setContentType"));
        }

        static CompiledClass read(byte[] bytes) {
            ClassReader reader = new ClassReader(bytes);
            CompiledClass compiled = new CompiledClass(reader.getClassName());
            if (reader.getSuperName() != null) {
                compiled.supertypes.add(reader.getSuperName());
            }
            compiled.supertypes.addAll(java.util.List.of(reader.getInterfaces()));
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    compiled.declaredDescriptors.add(descriptor);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc,
                                                    boolean isInterface) {
                            compiled.calledOwners.add(owner);
                            compiled.calledMethods.add(owner + "." + method);
                        }

                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            compiled.calledOwners.add(type);
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            compiled.calledOwners.add(owner);
                        }

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String text) {
                                compiled.strings.add(text);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor,
                                                           Handle bootstrap,
                                                           Object... arguments) {
                            for (Object argument : arguments) {
                                if (argument instanceof Handle handle) {
                                    compiled.calledOwners.add(handle.getOwner());
                                    compiled.calledMethods.add(handle.getOwner() + "." + handle.getName());
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return compiled;
        }
    }
}
