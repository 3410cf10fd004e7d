// Request and response schemas of the operators and login API (TypeBox: one
// declaration gives the JSON schema, the TypeScript type and the OpenAPI doc).
import { Type, type Static } from '@sinclair/typebox';

export const RoleSchema = Type.Union([Type.Literal('admin'), Type.Literal('operator'), Type.Literal('viewer')]);

export const OperatorSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  tenantId: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type OperatorDto = Static<typeof OperatorSchema>;

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const NewPassword = Type.String({ minLength: 12, maxLength: 256, description: 'at least 12 characters' });

export const LoginBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false });
export const LoginReply = Type.Object({
  token: Type.String(),
  expiresIn: Type.Integer({ description: 'seconds' }),
  operator: OperatorSchema,
  isRoot: Type.Boolean(),
});

export const CreateOperatorBody = Type.Object(
  {
    email: Email,
    name: Type.Optional(Type.String({ maxLength: 200 })),
    role: RoleSchema,
    password: NewPassword,
    tenantId: Type.Optional(Type.String({ format: 'uuid', description: 'root admins only: create in another tenant' })),
  },
  { additionalProperties: false },
);
